"""Base classes for request and response bodies."""

from typing import Annotated

import email_validator
from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints

# MSPs run internal domains such as `.local` (and the demo accounts use `demo.local`); accept them.
email_validator.SPECIAL_USE_DOMAIN_NAMES = [
    name for name in email_validator.SPECIAL_USE_DOMAIN_NAMES if name != "local"
]


class RequestBody(BaseModel):
    """Unknown fields are refused, so a typo is a 422, not a silently ignored setting."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class ResponseBody(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# The largest PostgreSQL `integer`: bounds for numbers that are compared in SQL (seqs, versions).
PG_INT_MAX = 2_147_483_647

Email = Annotated[EmailStr, Field(max_length=254)]
# Length is bounded here; the password rules (length, bcrypt's 72 bytes, common list) live in auth.
PasswordInput = Annotated[str, Field(min_length=1, max_length=1024)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Token = Annotated[str, Field(min_length=10, max_length=2048)]
