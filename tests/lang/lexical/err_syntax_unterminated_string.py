# Checks: an unterminated single-quoted string literal is a SyntaxError.
print("this never prints")
a = 'fine'
b = "also fine"
print(a, b)
s = 'abc
print(s)
t = 'after'
print(t)
print("end")
