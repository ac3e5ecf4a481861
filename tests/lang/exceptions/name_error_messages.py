# Checks NameError and UnboundLocalError messages, including free variables referenced before assignment.
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
    print(repr(e), e.args)

def uses_local_before_assign():
    print(counter)
    counter = 1

counter = 0
try:
    uses_local_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print(isinstance(e, NameError))

def del_then_use():
    x = 1
    del x
    return x

try:
    del_then_use()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def closure_before_assign():
    def inner():
        return v
    r = inner()
    v = 5
    return r

try:
    closure_before_assign()
except NameError as e:
    print(type(e).__name__ + ":", e)

try:
    del not_there
except NameError as e:
    print("NameError:", e)

def use_global_typo():
    return coutner

try:
    use_global_typo()
except NameError as e:
    print("NameError:", e)
