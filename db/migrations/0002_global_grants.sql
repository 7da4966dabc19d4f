-- Global (non-tenant) tables the application role may read. Hosts are resolved from `tenants`;
-- writing to it is the operator's job, on the admin connection.
GRANT SELECT ON TABLE tenants TO coupdemain_app;
