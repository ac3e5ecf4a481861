a = "\n\t\\\'\"\r\0\a\b\f\v"
b = "\x41\x7e\101\7\77\777"
c = "\u00e9\u4e2d\U0001F600"
d = "\d \w \q \{"
e = "line \
continued"
f = '\x00\x1f\x7f\x80\xa0\xad\xff'
g = "\u2028\u200b\ufeff\ue000"
