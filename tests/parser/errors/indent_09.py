while x:
  
  # only comments
