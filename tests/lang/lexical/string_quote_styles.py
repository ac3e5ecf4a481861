# Checks: all four string quote styles and quotes nested inside each other.
a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
print(a, b, c, d)
print('He said "hi"')
print("It's fine")
print('''Both ' and " inside''')
print("""Both " and ' inside""")
e = '''line one
line two
  line three'''
print(e)
f = """
starts with newline"""
print(repr(f))
print(''' "quoted" ''')
print("""a""" == 'a', '' == "", '''''' == """""")
print(len(''), len(""), len(''''''))
g = '''it's "x"'''
print(g)
print(repr(g))
