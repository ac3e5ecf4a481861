x
x + 1
f()
"docstring"
...
(a)
(a, b)
-x
await_ = 1
