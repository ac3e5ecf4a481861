# Checks: a missing ':' after an if header is a SyntaxError.
print("this never prints")
x = 3
if x > 1:
    print("more than one")
if x > 2
    print("big")
else:
    print("small")
print("end")
