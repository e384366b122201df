"""Precompiled ``__init__`` code for records of up to 16 fields without
default factories (see ``corslint.record._init_for``).

Written by ``python -m corslint.record``; tests/test_record.py checks it is what
that writes.
"""

MOST = 16


def init0(self):
    pass


def init1(self, p0):
    self.n0 = p0


def init2(self, p0, p1):
    self.n0 = p0
    self.n1 = p1


def init3(self, p0, p1, p2):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2


def init4(self, p0, p1, p2, p3):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3


def init5(self, p0, p1, p2, p3, p4):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4


def init6(self, p0, p1, p2, p3, p4, p5):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5


def init7(self, p0, p1, p2, p3, p4, p5, p6):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6


def init8(self, p0, p1, p2, p3, p4, p5, p6, p7):
    self.n0 = p0
    self.n1 = p1
    self.n2 = p2
    self.n3 = p3
    self.n4 = p4
    self.n5 = p5
    self.n6 = p6
    self.n7 = p7


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
