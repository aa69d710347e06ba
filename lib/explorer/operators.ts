/**
 * The operators a filter may use: fixed allow-lists, everything else refused. Server-side
 * JavaScript is refused wherever it appears; operators whose results the explorer cannot page
 * are refused with the reason.
 */

/** Logical operators: arrays of query documents. */
export const LOGICAL_OPERATORS = new Set(["$and", "$or", "$nor"]);

/** Operators on a field: `{field: {$op: value}}`. */
export const FIELD_OPERATORS = new Set([
  "$eq",
  "$ne",
  "$gt",
  "$gte",
  "$lt",
  "$lte",
  "$in",
  "$nin",
  "$not",
  "$exists",
  "$type",
  "$regex",
  "$options",
  "$elemMatch",
  "$size",
  "$all",
  "$mod",
  "$bitsAllClear",
  "$bitsAllSet",
  "$bitsAnyClear",
  "$bitsAnySet",
  "$geoWithin",
  "$geoIntersects",
]);

/** Shapes inside `$geoWithin` / `$geoIntersects`. */
export const GEO_SHAPE_OPERATORS = new Set(["$geometry", "$box", "$polygon", "$center", "$centerSphere"]);

/** Keys of `$text` (needs a text index; MongoDB says so if there is none). */
export const TEXT_OPTIONS = new Set(["$search", "$language", "$caseSensitive", "$diacriticSensitive"]);

/** Run JavaScript on the server: refused everywhere, even inside `$expr`. */
export const JAVASCRIPT_OPERATORS = new Set(["$where", "$function", "$accumulator"]);

/** Known operators refused for a reason of the explorer's own. */
export const REFUSED_OPERATORS = new Map([
  ["$near", "it orders results by distance, and the explorer pages in an order of its own"],
  ["$nearSphere", "it orders results by distance, and the explorer pages in an order of its own"],
  ["$jsonSchema", "schema validation queries are not supported by the explorer"],
]);

/** Aggregation expression operators allowed inside `$expr` (MongoDB 7/8; read-only computations). */
export const EXPRESSION_OPERATORS = new Set(
  [
    // arithmetic
    "$abs $add $ceil $divide $exp $floor $ln $log $log10 $mod $multiply $pow $round $sqrt $subtract $trunc",
    // arrays
    "$arrayElemAt $arrayToObject $concatArrays $filter $first $firstN $in $indexOfArray $isArray $last $lastN $map $maxN $minN",
    "$objectToArray $range $reduce $reverseArray $size $slice $sortArray $zip",
    // bitwise, boolean, comparison, conditional
    "$bitAnd $bitNot $bitOr $bitXor $and $not $or $cmp $eq $gt $gte $lt $lte $ne $cond $ifNull $switch",
    // data size, dates
    "$binarySize $bsonSize $dateAdd $dateDiff $dateFromParts $dateFromString $dateSubtract $dateToParts $dateToString $dateTrunc",
    "$dayOfMonth $dayOfWeek $dayOfYear $hour $isoDayOfWeek $isoWeek $isoWeekYear $millisecond $minute $month $second $toDate $week $year",
    // literal, misc, objects, sets
    "$literal $getField $rand $toHashedIndexKey $mergeObjects $setField $unsetField",
    "$allElementsTrue $anyElementTrue $setDifference $setEquals $setIntersection $setIsSubset $setUnion",
    // strings
    "$concat $indexOfBytes $indexOfCP $ltrim $regexFind $regexFindAll $regexMatch $replaceOne $replaceAll $rtrim $split",
    "$strLenBytes $strLenCP $strcasecmp $substr $substrBytes $substrCP $toLower $toString $trim $toUpper",
    // text score, trigonometry
    "$meta $sin $cos $tan $asin $acos $atan $atan2 $asinh $acosh $atanh $sinh $cosh $tanh $degreesToRadians $radiansToDegrees",
    // timestamps, types
    "$tsIncrement $tsSecond $convert $isNumber $toBool $toDecimal $toDouble $toInt $toLong $toObjectId $type $toUUID",
    // accumulators usable as array expressions, variables
    "$avg $max $min $sum $stdDevPop $stdDevSamp $median $percentile $let",
  ]
    .join(" ")
    .split(" "),
);
