f(
  a]
