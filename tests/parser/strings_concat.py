a = "a" "b"
b = ("x"
     "y"
     'z')
c = b"a" b"b"
d = "a" f"{x}" "b"
e = f"{x}" "y" f"{z}"
