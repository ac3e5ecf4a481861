# Checks: getattr (with and without default), setattr, hasattr on instances, classes and builtin values.
class Config:
    color = 'red'
    def __init__(self):
        self.size = 3
    def area(self):
        return self.size * self.size
c = Config()
print(getattr(c, 'size'), getattr(c, 'color'), getattr(c, 'missing', 'dflt'), getattr(c, 'missing', None))
print(hasattr(c, 'size'), hasattr(c, 'color'), hasattr(c, 'area'), hasattr(c, 'nope'))
setattr(c, 'size', 10)
setattr(c, 'weight', 2.5)
print(c.size, c.weight, getattr(c, 'area')(), hasattr(c, 'weight'))
setattr(Config, 'color', 'blue')
print(c.color, Config.color, Config().color, getattr(Config, 'color'))
for name in ['size', 'weight', 'color', 'height']:
    print(name, getattr(c, name, '<none>'))
print(hasattr('abc', 'upper'), hasattr(5, 'real'), hasattr([], 'append'), hasattr(None, 'x'))
print(getattr('abc', 'upper')(), getattr([3, 1, 2], 'count')(1))
print(getattr(c, 'nope', 0) + 1)
try:
    getattr(c, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(5, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
