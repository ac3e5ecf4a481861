# Checks shadowing of builtins by globals, locals and parameters, and restoring them with del.
def use_len(s):
    return len(s)

print(use_len("abc"))
len = lambda s: "shadowed"
print(use_len("abc"))
del len
print(use_len("abc"))

def local_shadow():
    max = 10
    return max

print(local_shadow(), max([1, 5, 3]))

def param_shadow(list):
    return list * 2

print(param_shadow(3), list("ab"))
sum = 0
for i in range(5):
    sum += i
print(sum)
del sum
print(sum([1, 2, 3]))
str = "not a type"
print(str)
del str
print(str(5))

def inner_shadow():
    def print_(x):
        return "custom " + repr(x)
    print = print_
    return print("hi")

print(inner_shadow())
type = "t"
print(type)
del type
print(type(5).__name__)
