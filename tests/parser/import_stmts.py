import os
import os.path
import a.b.c as d
import x, y as z
from m import a
from m import a as b, c
from m import (a, b)
from m import (a as b,
              c,)
from . import x
from .. import y
from .m import z
from ...a.b import c
from .... import d
from m import *
