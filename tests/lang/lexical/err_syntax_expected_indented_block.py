# Checks: a block header followed by a non-indented line is an IndentationError.
print("this never prints")
total = 0
for i in range(3):
    total += i
print(total)

for i in range(3):
print(i)
print("end")
