x = 1
y = 2
z = """a
b
c
