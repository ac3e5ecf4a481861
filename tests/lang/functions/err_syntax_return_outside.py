# Fails: syntax error, return outside a function.
print("never")
for i in range(3):
    return i
