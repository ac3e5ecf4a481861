# Checks pass in functions, loops, classes, if branches and except clauses.
def nothing():
    pass

print(nothing())

class Empty:
    pass

e = Empty()
e.x = 5
print(e.x, type(e).__name__)

for i in range(3):
    pass
print(i)

if True:
    pass
else:
    print("no")

try:
    1 / 0
except ZeroDivisionError:
    pass
print("after pass in except")

while False:
    pass
print("done")
