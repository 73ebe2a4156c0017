-- A mix of dashboard requests: cacheable GETs, GETs that vary (so they execute), POSTs with filters.
local requests = {}
local function get(query)
  return wrk.format("GET", "/graphql?query=" .. query, { ["Accept"] = "application/graphql-response+json" })
end
local function post(body)
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end

function init(args)
  requests[1] = get("%7Bstate(iso3:%22HUN%22)%7Bname%20gcmVote%20region%7D%7D")
  requests[2] = get("%7Bstates(first:50,order:%5B%7Bname:ASC%7D%5D)%7Bnodes%7Biso3%20name%20region%20gcmVote%7D%7D%7D")
  requests[3] = post('{"query":"{ states(where: {region: {eq: \\"Africa\\"}, gcmVote: {eq: YES}}, order: [{name: ASC}]) { totalCount nodes { iso3 name } } }"}')
  requests[4] = post('{"query":"{ reports(first: 20) { nodes { key title state { name } objectives { number } } } }"}')
  requests[5] = post('{"query":"{ states(where: {unStatus: {eq: MEMBER}}) { groupBy(field: GCM_VOTE) { key count } } }"}')
  requests[6] = post('{"query":"query ($iso: String!) { state(iso3: $iso) { name migrantStock { year total } } }","variables":{"iso":"ARE"}}')
  requests[7] = get("%7Breports(search:%22regional%20review%22,first:5)%7BtotalCount%20nodes%7Bkey%7D%7D%7D")
end

local counter = 0
function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
