# Pages through OpenGcm's `states` list with httr, builds a data frame with jsonlite, and prints one JSON line:
# how many rows, how many per vote on A/RES/73/195, and the summed 2020 migrant stock.
# Usage: Rscript states.R [URL]   (default http://localhost:5000/graphql; Debian: apt-get install r-cran-httr r-cran-jsonlite)
suppressPackageStartupMessages({
  library(httr)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
url <- if (length(args) > 0) args[[1]] else "http://localhost:5000/graphql"
query <- "query StatesPage($first: Int!, $after: String) {
  states(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { iso3 name region gcmVote migrantStock2020 }
  }
}"

frames <- list()
after <- NULL
repeat {
  body <- list(query = query, variables = list(first = 50, after = after))
  response <- POST(url, body = toJSON(body, auto_unbox = TRUE, null = "null"), content_type_json(),
                   accept("application/graphql-response+json"), timeout(30))
  answer <- fromJSON(content(response, as = "text", encoding = "UTF-8"))
  if (status_code(response) != 200 || !is.null(answer$errors)) {
    stop(sprintf("OpenGcm answered %d: %s", status_code(response), toJSON(answer$errors)))
  }
  states <- answer$data$states
  frames[[length(frames) + 1]] <- states$nodes
  if (!isTRUE(states$pageInfo$hasNextPage)) break
  after <- states$pageInfo$endCursor
}

frame <- do.call(rbind, frames)
votes <- ifelse(is.na(frame$gcmVote), "null", frame$gcmVote)
counts <- table(votes)
cat(toJSON(list(
  client = "r",
  rows = nrow(frame),
  totalCount = states$totalCount,
  byVote = as.list(setNames(as.integer(counts), names(counts))),
  migrantStock2020 = sum(as.numeric(frame$migrantStock2020), na.rm = TRUE)
), auto_unbox = TRUE, digits = NA), "\n")
