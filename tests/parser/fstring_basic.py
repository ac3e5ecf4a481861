a = f"hello"
b = f""
c = f"{x}"
d = f"a{x}b{y}c"
e = F"{x}"
f = f'{x}'
g = f"""{x}"""
h = f'''{x}'''
