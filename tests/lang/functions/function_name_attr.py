# Checks __name__ of functions, lambdas, nested functions, methods, builtins and classes.
def top():
    def nested():
        pass
    return nested

class K:
    def method(self):
        pass

print(top.__name__)
print(top().__name__)
print((lambda: 0).__name__)
print(K.__name__, K.method.__name__, K().method.__name__)
print(len.__name__, print.__name__, int.__name__, str.__name__)
alias = top
print(alias.__name__)
print(type(top).__name__, type(K().method).__name__)
print(ValueError.__name__, type(ValueError("x")).__name__)
top.custom = 5
print(top.custom)
