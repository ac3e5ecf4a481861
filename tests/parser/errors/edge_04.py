if x:
# comment
    pass
  # other
else:
pass
