# Checks: comments at line ends, inside brackets, on their own lines, and '#' inside strings.
# A comment on the first lines
x = 1  # trailing comment
    # an indented comment line does not start a block
y = [1,  # first
     2,  # second
     # a whole comment line inside brackets
     3]
print(x, y)
s = "this # is not a comment"
t = '# neither is this'
print(s)
print(t)
def f(a,  # arg a
      b):  # arg b
    # comment inside a body
    return a + b  # sum
print(f(2, 3))
if True:
    # comment before first statement
    print("in block")
# comment between statements at different indents
        # oddly indented comment
print("after")
d = {"k": 1,  # key k
     "#": 2}  # key '#'
print(d)
print(len("#" * 3))  # 3
