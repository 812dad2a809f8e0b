"""Who uses which system (DOMAIN.md, People)."""

STORE_PERSONAS = {
    "buyer": "Buyer",
    "ats_buyer": "ATS Buyer",
    "ips_sales_rep": "IPS Sales Rep",
    "site_service_rep": "Site Service Rep",
}
# Reps are assigned to several companies and masquerade as one to order for it.
REP_PERSONAS = frozenset({"ats_buyer", "ips_sales_rep", "site_service_rep"})

CONSOLE_PERSONAS = {
    "csr": "CSR",
    "pricing_analyst": "Pricing Analyst",
    "repair_technician": "Repair Technician",
    "warehouse": "Warehouse",
    "admin": "Administrator",
}
