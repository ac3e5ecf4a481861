x: int
y: int = 1
(z): str = "a"
a.b: list = []
c[0]: int = 2
d: "forward" = None
e: tuple = 1, 2
