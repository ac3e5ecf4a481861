a = u"x"
b = U"y"
c = u"a" "b"
d = "a" u"b"
e = u''
