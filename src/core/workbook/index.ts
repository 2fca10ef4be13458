export * from "./snapshot";
export * from "./identity";
export { bindCreated, locateByIdentity, locateByHeaders, locateColumns, readColumns, type HeaderVariant, type LocatedColumns, type LostColumn } from "./columns";
export { ratingIssues, type RatingIssueData } from "./rating-issues";
