foo(x y, z)
