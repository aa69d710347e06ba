"""Let Pydantic do the checking: declare what valid data looks like, and FastAPI answers
anything else with a 422 that names the field and the problem.

POST /orders with a JSON order (try breaking it); GET /schema shows the JSON Schema that
Pydantic derives from these models, the same one /docs uses.
"""

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from fastapi import FastAPI, status
from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator, model_validator

app = FastAPI(title="Pydantic showcase")

# Reusable constrained types: Annotated carries the rules wherever the type goes.
Sku = Annotated[str, Field(pattern=r"^[A-Z]{3}-\d{4}$", examples=["TEA-0001"])]
Money = Annotated[Decimal, Field(gt=0, max_digits=8, decimal_places=2)]


class Shipping(StrEnum):
    pickup = "pickup"
    standard = "standard"
    express = "express"


CENT = Decimal("0.01")
SHIPPING_COST = {
    Shipping.pickup: Decimal("0.00"),
    Shipping.standard: Decimal("4.95"),
    Shipping.express: Decimal("12.50"),
}


class Line(BaseModel):
    sku: Sku
    quantity: int = Field(ge=1, le=99)
    unit_price: Money  # "4.50" arrives as Decimal("4.50"): exact, no float rounding

    @computed_field
    @property
    def subtotal(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(CENT)


class Address(BaseModel):
    street: str = Field(min_length=3, max_length=100)
    city: str = Field(min_length=1, max_length=60)
    country: str = Field(min_length=2, max_length=2, description="ISO 3166 code such as NL")

    @field_validator("country")
    @classmethod
    def upper_country(cls, value: str) -> str:
        return value.upper()  # a validator may also normalise: "nl" is stored as "NL"


class Order(BaseModel):
    # Unknown fields are an error (catches typos like "shiping"); strings lose stray spaces.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    customer: str = Field(min_length=2, max_length=80)
    # pydantic's EmailStr needs the email-validator package; a pattern catches most typos.
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)
    lines: list[Line] = Field(min_length=1, max_length=50)
    shipping: Shipping = Shipping.standard
    address: Address | None = None
    deliver_on: date | None = None

    @field_validator("email")
    @classmethod
    def lower_email(cls, value: str) -> str:
        return value.lower()

    @field_validator("deliver_on")
    @classmethod
    def not_in_the_past(cls, value: date | None) -> date | None:
        if value is not None and value < date.today():
            raise ValueError("deliver_on is in the past")
        return value

    # A model validator sees the whole order: for rules that involve several fields.
    @model_validator(mode="after")
    def address_unless_pickup(self) -> "Order":
        if self.shipping != Shipping.pickup and self.address is None:
            raise ValueError("an address is required unless shipping is 'pickup'")
        return self

    @computed_field
    @property
    def total(self) -> Decimal:
        return sum((line.subtotal for line in self.lines), SHIPPING_COST[self.shipping])


@app.post("/orders", status_code=status.HTTP_201_CREATED)
def place_order(order: Order) -> Order:
    # By the time this runs, `order` is valid: nothing left to check by hand.
    return order


@app.get("/schema")
def schema() -> dict[str, Any]:
    return Order.model_json_schema(mode="serialization")
