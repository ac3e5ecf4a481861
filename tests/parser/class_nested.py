class Outer:
    class Inner:
        def f(self):
            class Local:
                pass
            return Local
    attr: int = 0
