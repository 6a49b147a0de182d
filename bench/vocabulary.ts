/** The words realistic configs are made of: systems, objects, fields. */

/** Event sources a connector reads from. */
export const SOURCES: readonly string[] = [
  'shopify',
  'stripe',
  'zendesk',
  'netsuite',
  'magento',
  'intercom',
  'xero',
  'fooshop',
  'compass',
  'pipedrive'
]

/** A kind of record, its HubSpot object and the property it is matched by. */
export interface RecordKind {
  name: string
  objectType: string
  lookup: string
}

/** The kinds of record connectors sync, custom objects included. */
export const KINDS: readonly RecordKind[] = [
  { name: 'contact', objectType: 'contacts', lookup: 'email' },
  { name: 'company', objectType: 'companies', lookup: 'domain' },
  { name: 'deal', objectType: 'deals', lookup: 'external_deal_id' },
  { name: 'ticket', objectType: 'tickets', lookup: 'external_ticket_id' },
  { name: 'product', objectType: 'products', lookup: 'hs_sku' },
  { name: 'line_item', objectType: 'line_items', lookup: 'external_line_id' },
  { name: 'order', objectType: 'deals', lookup: 'order_number' },
  { name: 'invoice', objectType: '2-1843201', lookup: 'invoice_number' },
  { name: 'subscription', objectType: '2-1843202', lookup: 'sub_id' }
]

/** Source field names; a mapping copies one to a target property. */
export const FIELDS: readonly string[] = [
  'email',
  'first_name',
  'last_name',
  'phone',
  'mobile_phone',
  'city',
  'country',
  'postal_code',
  'street',
  'state',
  'company_name',
  'domain',
  'tax_id',
  'industry',
  'currency',
  'amount',
  'status',
  'stage',
  'created_at',
  'updated_at',
  'owner_id',
  'sku',
  'quantity',
  'price',
  'discount',
  'description',
  'title',
  'priority',
  'category',
  'language',
  'timezone',
  'website',
  'employees',
  'annual_revenue',
  'lifecycle_stage',
  'lead_source',
  'closed_at',
  'pipeline',
  'tags',
  'notes'
]

/** Events a flow handles, after the record kind: `contact.updated`. */
export const EVENTS: readonly string[] = ['created', 'updated', 'deleted']
