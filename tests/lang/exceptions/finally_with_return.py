# Checks the order of finally execution with return inside try/except, and finally's return overriding.
def f1():
    try:
        print("f1 try")
        return "from try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "from try"
    finally:
        return "from finally"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("f4 finally sets x =", x)

def f5():
    try:
        1 / 0
    except ZeroDivisionError:
        print("f5 except")
        return "from except"
    finally:
        print("f5 finally")

def f6():
    lst = []
    try:
        lst.append("try")
        return lst
    finally:
        lst.append("finally")

def f7():
    try:
        try:
            return "inner"
        finally:
            print("f7 inner finally")
    finally:
        print("f7 outer finally")

print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
print(f7())
