class A:
    pass
    def f(self):
