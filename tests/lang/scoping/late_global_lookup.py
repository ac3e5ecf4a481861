# Checks that globals are looked up at call time: functions using names defined later, redefined functions and rebinding.
def call_helper():
    return helper() + " via call_helper"

def helper():
    return "first helper"

print(call_helper())

def helper():
    return "second helper"

print(call_helper())
saved = helper
helper = lambda: "lambda helper"
print(call_helper(), saved())

def uses_constant():
    return LIMIT * 2

try:
    uses_constant()
except NameError as e:
    print("NameError:", e)
LIMIT = 21
print(uses_constant())
LIMIT = 50
print(uses_constant())

def recursive(n):
    return 0 if n == 0 else 1 + recursive(n - 1)

old = recursive
def recursive(n):
    return 100

print(old(3))
