"""Precompiled ``__init__`` code for records of up to 16 fields.

See ``corslint.record._init_for``. Written by ``python -m corslint.record``;
tests/test_record.py checks it is what that writes.
"""

# ruff: noqa: F821 (each record's __init__ gets these globals when it is made)

MOST = 16


def init0(self):
    pass


def init1(self, p0):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()


def init2(self, p0, p1):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()


def init3(self, p0, p1, p2):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()


def init4(self, p0, p1, p2, p3):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()


def init5(self, p0, p1, p2, p3, p4):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()


def init6(self, p0, p1, p2, p3, p4, p5):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()


def init7(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()


def init8(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()


def init9(self, p0, p1, p2, p3, p4, p5, p6, p7, p8):
    self.n0 = p0 if p0 is not __record_missing__ else __record_factory_0__()
    self.n1 = p1 if p1 is not __record_missing__ else __record_factory_1__()
    self.n2 = p2 if p2 is not __record_missing__ else __record_factory_2__()
    self.n3 = p3 if p3 is not __record_missing__ else __record_factory_3__()
    self.n4 = p4 if p4 is not __record_missing__ else __record_factory_4__()
    self.n5 = p5 if p5 is not __record_missing__ else __record_factory_5__()
    self.n6 = p6 if p6 is not __record_missing__ else __record_factory_6__()
    self.n7 = p7 if p7 is not __record_missing__ else __record_factory_7__()
    self.n8 = p8 if p8 is not __record_missing__ else __record_factory_8__()


def init10(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):
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


def init11(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
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


def init12(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11):
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


def init13(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
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


def init14(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13):
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


def init15(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14):
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


def init16(self, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15):
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
