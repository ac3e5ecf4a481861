a = r"\n\t\\"
b = R'\d+'
c = r"""raw
triple\"""" if False else 1
d = rb"\x00"
e = Rb'\n'
f = bR"\\"
g = BR"x"
