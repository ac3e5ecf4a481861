# Checks: triple-quoted strings containing newlines, quotes, escapes and backslash-newline.
text = """first line
  second "quoted" line
third 'single' line"""
print(text)
print(len(text.split('\n')))
t2 = '''a\
b\
c'''
print(t2)
t3 = """tab\there
newline escape\\n stays"""
print(t3)
print(repr("""x
y"""))
t4 = """ends with quote\""""
print(t4)
t5 = '''has '' two quotes'''
print(t5)
def doc():
    """A docstring is just an expression statement."""
    return "doc ran"
print(doc())
print("""""" == '')
