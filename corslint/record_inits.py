"""Precompiled ``__init__`` code for records of up to 16 fields: ``init<n>``
for ``n`` fields, ``init<n>_from<k>`` where field ``k`` is the first with a default
factory (see ``corslint.record._init_for``).

Written by ``python -m corslint.record``; tests/test_record.py checks it is what
that writes. The ``__record_*__`` names are globals that ``_init_for`` gives each
``__init__`` made from these.
"""
# ruff: noqa: F821
# mypy: ignore-errors

MOST = 16


def init0(self):
    pass


def init1(self, p0):
    self.n0 = p0


def init1_from0(self, p0):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()


def init2(self, p0, p1):
    self.n0 = p0
    self.n1 = p1


def init2_from0(self, p0, p1):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()


def init2_from1(self, p0, p1):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()


def init3(self, p0, p1, p2):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2


def init3_from0(self, p0, p1, p2):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()


def init3_from1(self, p0, p1, p2):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()


def init3_from2(self, p0, p1, p2):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()


def init4(self, p0, p1, p2, p3):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3


def init4_from0(self, p0, p1, p2, p3):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()


def init4_from1(self, p0, p1, p2, p3):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()


def init4_from2(self, p0, p1, p2, p3):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()


def init4_from3(self, p0, p1, p2, p3):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()


def init5(self, p0, p1, p2, p3, p4):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4


def init5_from0(self, p0, p1, p2, p3, p4):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()


def init5_from1(self, p0, p1, p2, p3, p4):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()


def init5_from2(self, p0, p1, p2, p3, p4):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()


def init5_from3(self, p0, p1, p2, p3, p4):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()


def init5_from4(self, p0, p1, p2, p3, p4):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()


def init6(self, p0, p1, p2, p3, p4, p5):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5


def init6_from0(self, p0, p1, p2, p3, p4, p5):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()


def init6_from1(self, p0, p1, p2, p3, p4, p5):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()


def init6_from2(self, p0, p1, p2, p3, p4, p5):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()


def init6_from3(self, p0, p1, p2, p3, p4, p5):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()


def init6_from4(self, p0, p1, p2, p3, p4, p5):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()


def init6_from5(self, p0, p1, p2, p3, p4, p5):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()


def init7(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6


def init7_from0(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()


def init7_from1(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()


def init7_from2(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()


def init7_from3(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()


def init7_from4(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()


def init7_from5(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()


def init7_from6(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()


def init8(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7


def init8_from0(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()


def init8_from1(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()


def init8_from2(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()


def init8_from3(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()


def init8_from4(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()


def init8_from5(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()


def init8_from6(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()


def init8_from7(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()


def init9(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8


def init9_from0(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init9_from1(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init9_from2(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init9_from3(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init9_from4(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init9_from5(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init9_from6(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init9_from7(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init9_from8(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init10(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9


def init10_from0(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init10_from1(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init10_from2(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init10_from3(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init10_from4(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init10_from5(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init10_from6(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init10_from7(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init10_from8(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init10_from9(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()


def init11(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10


def init11_from0(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from1(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from2(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from3(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from4(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from5(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from6(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from7(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from8(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from9(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init11_from10(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()


def init12(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11


def init12_from0(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from1(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from2(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from3(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from4(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from5(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from6(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from7(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from8(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from9(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from10(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init12_from11(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()


def init13(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12


def init13_from0(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from1(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from2(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from3(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from4(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from5(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from6(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from7(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from8(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from9(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from10(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from11(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init13_from12(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()


def init14(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12
    self.n13 = p13


def init14_from0(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from1(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from2(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from3(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from4(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from5(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from6(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from7(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from8(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from9(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from10(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from11(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from12(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init14_from13(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()


def init15(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12
    self.n13 = p13
    self.n14 = p14


def init15_from0(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from1(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from2(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from3(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from4(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from5(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from6(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from7(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from8(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from9(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from10(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from11(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from12(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from13(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init15_from14(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12
    self.n13 = p13
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()


def init16(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12
    self.n13 = p13
    self.n14 = p14
    self.n15 = p15


def init16_from0(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from1(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from2(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from3(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from4(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from5(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from6(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from7(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from8(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from9(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9 if p9 is not __record_missing__ else __record_factory_9__()
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from10(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10 if p10 is not __record_missing__ else __record_factory_10__()
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from11(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11 if p11 is not __record_missing__ else __record_factory_11__()
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from12(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12 if p12 is not __record_missing__ else __record_factory_12__()
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from13(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12
    self.n13 = p13 if p13 is not __record_missing__ else __record_factory_13__()
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from14(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12
    self.n13 = p13
    self.n14 = p14 if p14 is not __record_missing__ else __record_factory_14__()
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()


def init16_from15(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7
    self.n8 = p8
    self.n9 = p9
    self.n10 = p10
    self.n11 = p11
    self.n12 = p12
    self.n13 = p13
    self.n14 = p14
    self.n15 = p15 if p15 is not __record_missing__ else __record_factory_15__()
