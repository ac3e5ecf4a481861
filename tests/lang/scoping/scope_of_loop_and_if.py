# Checks that if/for/while/try blocks do not create scopes: names bound inside are visible after.
if True:
    inside_if = "set in if"
print(inside_if)
for loop_var in range(3):
    inner_loop = loop_var * 2
print(loop_var, inner_loop)
while True:
    from_while = "set in while"
    break
print(from_while)
try:
    in_try = "set in try"
    raise ValueError
except ValueError:
    in_except = "set in except"
finally:
    in_finally = "set in finally"
print(in_try, in_except, in_finally)

def f(flag):
    if flag:
        value = "assigned"
    try:
        return value
    except UnboundLocalError as e:
        return "unbound: " + str(e)

print(f(True))
print(f(False))
for never in []:
    pass
try:
    print(never)
except NameError as e:
    print("NameError:", e)
