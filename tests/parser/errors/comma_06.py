x = [
  a b
]
