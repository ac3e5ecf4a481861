# Checks: an indented line where no block is open is an IndentationError (unexpected indent).
print("this never prints")
x = 1
print(x)
if x:
    print("in block")
print("out of block")
    y = 2
print(y)
print("end")
