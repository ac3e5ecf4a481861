s = "a\
b
c"
