class A(B):
    def f(self, *a, k=1, **kw):
        nonlocal q
        try:
            return super().f(*a)
        except E as e:
            raise X from e
        finally:
            del a[1:2:3]
