# Fails: a bare raise in an except block re-raises the original exception with its original traceback lines.
def risky(n):
    return 10 // n

def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("logging the error, then re-raising")
        raise

print(wrapper(5))
print(wrapper(0))
