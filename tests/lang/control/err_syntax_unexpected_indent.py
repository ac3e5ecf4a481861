# Fails: IndentationError, unexpected indent in the middle of module-level code.
x = 1
    y = 2
print(x)
