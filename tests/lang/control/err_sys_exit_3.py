# Fails: sys.exit(3) exits with status 3 and prints nothing on stderr; finally blocks still run.
import sys

print("working")
try:
    sys.exit(3)
finally:
    print("cleanup in finally")
print("never")
