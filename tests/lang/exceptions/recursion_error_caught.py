# Checks that unbounded recursion raises RecursionError that can be caught, and the program continues normally.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))

depth = 0
def measure():
    global depth
    depth += 1
    measure()

try:
    measure()
except RecursionError:
    print("depth reached is between 900 and 1000:", 900 < depth <= 1000)

print(sys.getrecursionlimit())

def safe(n):
    if n == 0:
        return 0
    return 1 + safe(n - 1)

print(safe(500))

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)
print("still running")
