x = (
"abc
)
