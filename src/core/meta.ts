/** Name and version sent in the AWS user agent; a test keeps the version equal to package.json's. */
export const ACTION_NAME = 'image-gate'
export const ACTION_VERSION = '0.1.0'
